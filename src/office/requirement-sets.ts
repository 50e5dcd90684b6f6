/**
 * Orders requirement set versions such as Mailbox "1.9" and "1.14" number by number
 * (as strings, "1.9" would sort after "1.14"): negative, zero or positive.
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
