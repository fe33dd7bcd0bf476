/**
 * English pattern refinements found on the dev split of the evaluation set (see
 * evaluation/README.md, changelog). Abstracts written for these tests in the shape of real US abstracts.
 */
import { describe, expect, it } from 'vitest';
import { extractEffectPhrases } from './extract-phrases';

const summary = (text: string) =>
  extractEffectPhrases(text).map((m) => [m.effect, m.pattern, text.slice(m.span.start, m.span.end)]);

describe('English effect phrases: objects bounded properly', () => {
  it('keeps -ing nouns ("spacing", "recording") inside the object and stops at "upon"', () => {
    expect(
      summary(
        'The overcoat is thinned, thereby reducing head disk spacing. A seed layer allows ' +
          'dense perpendicular recording. The adhesive is cured to eliminate residual stress upon the die.',
      ),
    ).toEqual([
      ['down:head disk space', 'en.verb-object.result', 'reducing head disk spacing'],
      ['enable:dens perpendicular record', 'en.verb-object', 'allows dense perpendicular recording'],
      ['down:residu stress', 'en.verb-object', 'eliminate residual stress'],
    ]);
  });

  it('reads "enabling X to take Y" as the action Y, and drops "allow X to <verb>" agents', () => {
    expect(
      summary(
        'The controller receives shock signals, enabling the controller to take corrective action. ' +
          'The shaft pulls the suture through the knot body to allow the knot body to lock.',
      ),
    ).toEqual([
      ['enable:correct action', 'en.verb-object', 'enabling the controller to take corrective action'],
    ]);
  });
});

describe('English effect phrases: purposes, settings and process steps', () => {
  it('keeps a purpose "for improving" only when its object is a property', () => {
    expect(
      summary(
        'A process for improving wear resistance of the medium is disclosed. ' +
          'A method for reducing the number of frames of a clip is disclosed.',
      ),
    ).toEqual([['up:wear resist medium', 'en.verb-object', 'improving wear resistance of the medium']]);
  });

  it('skips set values and modes ("allowable high speed", "to a low-speed value")', () => {
    expect(
      summary(
        'The drive is rotated within the allowable high speed of the disc and then switched to a ' +
          'low-speed value for low-speed operation.',
      ),
    ).toEqual([]);
  });

  it('skips the steps of a method ("the method includes detecting … and increasing …")', () => {
    expect(
      summary(
        'The method includes detecting the vibration amount and increasing a rotation speed until ' +
          'the amount reaches a limit. The damper thereby reduces vibration.',
      ),
    ).toEqual([['down:vibrat', 'en.verb-object.result', 'reduces vibration']]);
  });
});

describe('English effect phrases: coordination', () => {
  it('does not read a coordinated verb as a second object', () => {
    expect(
      summary(
        'The processes eliminate the need for high temperature processing and employ “as-grown” profiles.',
      ),
    ).toEqual([
      [
        'down:high temperatur process',
        'en.verb-object',
        'eliminate the need for high temperature processing',
      ],
    ]);
  });
});

describe('English effect phrases: prevent … from, steps with a purpose, requirements', () => {
  it('reads "prevent X from causing Y" as preventing Y and "prevent X and Z from …" as one effect', () => {
    expect(
      summary(
        'The shield prevents moisture from causing leakage current in the sensor. ' +
          'A damper is placed so that it prevents the arm and the slider from touching each other.',
      ),
    ).toEqual([
      ['down:leakag current', 'en.verb-object', 'prevents moisture from causing leakage current'],
      ['down:arm slider', 'en.verb-object', 'prevents the arm and the slider'],
    ]);
  });

  it('skips "to <verb>" purposes of the steps of a method sentence', () => {
    expect(
      summary(
        'The method further includes using the processor to reduce the number of frames of the clip ' +
          'and storing the clip.',
      ),
    ).toEqual([]);
  });

  it('skips a property stated as a requirement ("a faster rise time is needed")', () => {
    expect(summary('To generate a high data rate, a faster flux rise time is needed.')).toEqual([
      ['up:data rate', 'en.adjective-property', 'high data rate'],
    ]);
  });
});
