/**
 * Deleting a project in the web app (the shared type-to-confirm dialog, web/src/widgets/
 * type-to-confirm-dialog.ts): the danger button stays disabled until the project's exact name is
 * typed, and confirming removes the project from the list and from the API.
 */
import { describe, expect, it } from 'vitest';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

let ui: BrowserApp;
useBrowserApp((running) => {
  ui = running;
});

describe('project delete dialog', () => {
  it('enables the delete only for the exact name, then removes the project', async () => {
    const name = `Delete me ${Date.now()}`;
    const created = await ui.app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name, navigationType: 'industry' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().id;
    const { page } = ui;
    await page.goto(`${ui.origin}/?view=projects&lang=en`);
    await page.locator(`tr[data-project="${id}"] button[data-action=delete]`).click();
    const dialog = page.locator('dialog.delete-project-dialog');
    const confirm = dialog.locator('button[type=submit]');
    await dialog.locator('input[name=confirm]').fill(name.slice(0, -1));
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('input[name=confirm]').fill(name);
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();
    await page.locator(`tr[data-project="${id}"]`).waitFor({ state: 'detached' });
    expect(await dialog.count()).toBe(0);
    expect((await ui.app.inject(`/api/projects/${id}`)).statusCode).toBe(404);
  });
});
