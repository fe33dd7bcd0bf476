import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { allWarmUpsDone, WarmUp, warmUpEnabled } from './warm-up';

function changes() {
  const listeners: Array<() => void> = [];
  return {
    onChange: (listener: () => void) => listeners.push(listener),
    fire: () => {
      for (const listener of listeners) listener();
    },
  };
}

describe('WarmUp', () => {
  it('runs on ready and after each data change, one at a time, and stops after close', async () => {
    const order: string[] = [];
    let running = 0;
    let overlapped = false;
    const warmUp = new WarmUp();
    const task = async () => {
      running++;
      if (running > 1) overlapped = true;
      order.push('run');
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    const app = Fastify();
    const data = changes();
    warmUp.register(app, data, task);
    await app.ready();
    data.fire();
    data.fire();
    await warmUp.done();
    expect(order).toEqual(['run', 'run', 'run']);
    expect(overlapped).toBe(false);
    await app.close();
    data.fire();
    await warmUp.done();
    expect(order).toHaveLength(3);
  });

  it('does not hold up the trigger and survives a failing task', async () => {
    let calls = 0;
    const warmUp = new WarmUp();
    const task = () => {
      calls++;
      throw new Error('database down');
    };
    warmUp.start(task, () => false);
    expect(calls).toBe(0); // one macrotask later
    await warmUp.done();
    warmUp.start(task, () => false);
    await warmUp.done();
    expect(calls).toBe(2);
  });

  it('allWarmUpsDone waits for every warm-up, also for a run another run started', async () => {
    const finished: string[] = [];
    const first = new WarmUp();
    const second = new WarmUp();
    const slow = (name: string, then?: () => void) => async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished.push(name);
      then?.();
    };
    first.start(
      slow('first', () => second.start(slow('chained'), () => false)),
      () => false,
    );
    second.start(slow('second'), () => false);
    await allWarmUpsDone();
    expect([...finished].sort()).toEqual(['chained', 'first', 'second']);
  });

  it('is switched by its variable, off under Vitest by default', () => {
    expect(warmUpEnabled('X', { VITEST: 'true' })).toBe(false);
    expect(warmUpEnabled('X', {})).toBe(true);
    expect(warmUpEnabled('X', { VITEST: 'true', X: '1' })).toBe(true);
    expect(warmUpEnabled('X', { X: '0' })).toBe(false);
  });
});
