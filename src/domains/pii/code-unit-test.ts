/**
 * A test of one UTF-16 code unit against a one-character regex, cached per code unit: the same answers as
 * `pattern.test(text[index])`, without a one-character string and a regex call each time.
 */
export function codeUnitTest(pattern: RegExp): (code: number) => boolean {
  const known = new Uint8Array(65536);
  return (code) => {
    // NaN, read past the end of the text, is no character.
    if (!(code >= 0)) return false;
    let value = known[code]!;
    if (value === 0) {
      value = pattern.test(String.fromCharCode(code)) ? 2 : 1;
      known[code] = value;
    }
    return value === 2;
  };
}
