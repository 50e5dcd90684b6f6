import { median, medianInterval, quantile, seededRandom, shuffled } from "../bench/stats";

/** How often the interval of `rounds` draws holds the true median (0.5 of a uniform draw) over many trials. */
function coverage(rounds: number, trials: number, intervalOf: (values: number[]) => { low: number; high: number } | undefined): number {
  const random = seededRandom(rounds * 7919);
  let held = 0;
  for (let trial = 0; trial < trials; trial++) {
    const interval = intervalOf(Array.from({ length: rounds }, random));
    if (interval && interval.low <= 0.5 && 0.5 <= interval.high) held++;
  }
  return held / trials;
}

describe("bench statistics", () => {
  test("quantiles interpolate between the two nearest values, in any order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([1, 2], 0.75)).toBe(1.75);
  });

  test.each([
    // rounds, the k-th smallest and k-th largest, the confidence 1 − 2·P(X ≤ k − 1), X ~ Binomial(rounds, ½)
    [6, 1, 1 - 2 / 64],
    [9, 2, 1 - 20 / 512],
    [12, 3, 1 - (2 * (1 + 12 + 66)) / 4096],
    [20, 6, 1 - (2 * (1 + 20 + 190 + 1140 + 4845 + 15504)) / 2 ** 20],
    [30, 10, 1 - (2 * 22964087) / 2 ** 30], // C(30, 0) + … + C(30, 9)
  ])("%i rounds: from the %i-th smallest to as many from the top", (rounds, k, confidence) => {
    const values = Array.from({ length: rounds }, (_, index) => (index * 7) % rounds); // 0 … rounds − 1, shuffled
    const interval = medianInterval(values);
    expect(interval).toEqual({ low: k - 1, high: rounds - k, confidence: expect.any(Number) });
    expect(interval?.confidence).toBeCloseTo(confidence, 10);
    expect(interval?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  test("under six rounds there is no 95% interval, even from the smallest to the largest", () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeUndefined();
    expect(medianInterval([])).toBeUndefined();
    expect(medianInterval([1, 2, 3, 4, 5], 0.9)).toEqual({ low: 1, high: 5, confidence: 1 - 2 / 32 });
  });

  test("the interval holds the true median at least as often as it says; the middle half of nine rounds does not", () => {
    for (const rounds of [9, 12, 20]) expect(coverage(rounds, 4000, (values) => medianInterval(values))).toBeGreaterThan(0.94);
    const middleHalf = (values: number[]) => ({ low: quantile(values, 0.25), high: quantile(values, 0.75) });
    expect(coverage(9, 4000, middleHalf)).toBeLessThan(0.9);
  });

  test("a seed gives the same draws again; another seed, others", () => {
    const draws = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draws(7)).toEqual(draws(7));
    expect(draws(8)).not.toEqual(draws(7));
    expect(draws(7).every((draw) => draw >= 0 && draw < 1)).toBe(true);
  });

  test("shuffled gives every order of the pages alike, so each page follows each other one as often", () => {
    const pages = ["presend", "greeted", "scriptAlone", "standIn"];
    const random = seededRandom(13);
    const orders = new Map<string, number>();
    const followed = new Map<string, number>();
    let notAnOrderOfThePages = 0;
    for (let trial = 0; trial < 24_000; trial++) {
      const order = shuffled(pages, random);
      if ([...order].sort().join() !== [...pages].sort().join()) notAnOrderOfThePages++;
      orders.set(order.join(), (orders.get(order.join()) || 0) + 1);
      for (let i = 1; i < order.length; i++) followed.set(`${order[i - 1]}>${order[i]}`, (followed.get(`${order[i - 1]}>${order[i]}`) || 0) + 1);
    }
    // 4! orders, 1,000 of each expected; 12 ordered pairs, each 3 × 24,000 / 12 = 6,000 times.
    expect(notAnOrderOfThePages).toBe(0);
    expect(orders.size).toBe(24);
    for (const count of orders.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
    expect(followed.size).toBe(12);
    for (const count of followed.values()) expect(Math.abs(count - 6000)).toBeLessThan(400);
    expect(pages).toEqual(["presend", "greeted", "scriptAlone", "standIn"]);
  });
});
