/**
 * `text` without the run at its end of characters that `trailing` (a test of one character)
 * accepts. A loop: a `[…]+$` regex retries from every position of a long run that is not at
 * the end (100,000 spaces, then "x") and takes quadratic time, seconds inside a send.
 */
export function trimTrailing(text: string, trailing: RegExp): string {
  let end = text.length;
  while (end > 0 && trailing.test(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
