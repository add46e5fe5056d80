/** Tests of one UTF-16 code unit against ASCII ranges, as `\d`, `[A-Z]` and `[A-Za-z]` read it in a pattern. */

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isAsciiLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
