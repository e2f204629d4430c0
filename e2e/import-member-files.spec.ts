import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { demo, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

/** A file written for the test, under the name an administrator might have given it. */
function fileNamed(name: string, bytes: Uint8Array): string {
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'roster-files-')), name);
  writeFileSync(filePath, bytes);
  return filePath;
}

// The first bytes of a real PNG (signature and the start of its IHDR chunk), padded with image data.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array<number>(200).fill(7)]);
// A legacy Excel workbook starts with the OLE compound-document signature.
const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

test('an image renamed .csv and a legacy .xls are refused with what they are', async ({ page }) => {
  const importPage = new ImportPage(page);
  await importPage.uploadPath(fileNamed('members.csv', png));
  await expect(page.getByRole('alert')).toHaveText(
    'This is not a text file: it is a PNG image. Choose a CSV file (comma-, semicolon- or tab-separated), a TXT file or ' + 'an Excel workbook (.xlsx).',
  );
  await expect(page.getByRole('table', { name: 'Column mapping' })).toHaveCount(0);

  await importPage.uploadPath(fileNamed('members.xls', xls));
  await expect(page.getByRole('alert')).toContainText('This is a legacy Excel workbook (.xls)');
  await expect(page.getByRole('alert')).toContainText('save it as CSV');
  await expect(page.getByText('Drop a member file here')).toBeVisible();
});

test('an Excel workbook is read from its first sheet and imported', async ({ page, emulator }) => {
  test.setTimeout(120_000);
  const importPage = new ImportPage(page);
  await importPage.upload('new-hires.xlsx');
  await expect(page.getByText('2 rows of built-in accounts, from the first sheet of an Excel workbook.')).toBeVisible();
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^2 members will be added/);
  await expect(importPage.reviewRow(2)).toContainText('plindqvist');
  await expect(page.getByText('Harbor.Sheet2026')).toHaveCount(0);
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('2 added, 0 already members, 0 failed, 0 not sent.');
  expect(await emulator.countMembers('username:plindqvist OR username:ohaddad01')).toBe(2);
});

test('a semicolon file with German headers is not taken for SAML accounts: the headers not recognised are named', async ({ page }) => {
  test.setTimeout(120_000);
  const importPage = new ImportPage(page);
  await importPage.upload('mitglieder-de.csv');
  await expect(page.getByText(/^mitglieder-de\.csv: 2 rows, UTF-8, semicolon-separated\.$/)).toBeVisible();
  await expect(page.getByText(/SAML/)).toHaveCount(0);
  await expect(page.getByText(/these column headers were not recognised: "Benutzername", "Vorname", "Nachname", "Rolle"/)).toBeVisible();
  await expect(page.getByText(/Choose a column for: Username/)).toBeVisible();

  // Mapped by hand, the file is read as what its columns say.
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  for (const [field, column] of [
    ['Username', 'Benutzername'],
    ['First name', 'Vorname'],
    ['Last name', 'Nachname'],
  ] as const) {
    await mapping.getByRole('combobox', { name: `Column for ${field}` }).click();
    await page.getByRole('option', { name: column, exact: true }).click();
  }
  await importPage.continueToReview();
  await expect(importPage.reviewRow(2)).toContainText('mmueller');
  await expect(importPage.summary()).toContainText(/^2 members will be added/);
});
