const formulaStart = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula (starts with = + - @ tab or CR) gets a leading `'`. */
export function protectCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}
