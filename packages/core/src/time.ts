// Timestamp parsing for the evaluator's hot path.

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const digits2 = (text: string, i: number) => {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * Date.parse() for the timestamps messages carry, `YYYY-MM-DDTHH:MM:SS(.sss)Z`, without the general
 * parser; anything else (offsets, day 29 and later, other precisions) goes to Date.parse itself.
 */
export function parseTime(iso: string): number {
  const n = iso.length;
  if ((n === 20 || n === 24) && iso.charCodeAt(n - 1) === 90 /* Z */ && iso[4] === '-' && iso[7] === '-' && iso[10] === 'T' && iso[13] === ':' && iso[16] === ':') {
    const century = digits2(iso, 0);
    const year = digits2(iso, 2);
    const month = digits2(iso, 5);
    const day = digits2(iso, 8);
    const hour = digits2(iso, 11);
    const minute = digits2(iso, 14);
    const second = digits2(iso, 17);
    let ms = 0;
    if (n === 24) {
      const h = digit(iso, 20);
      const t = digits2(iso, 21);
      ms = iso[19] === '.' && h >= 0 && h <= 9 && t >= 0 ? h * 100 + t : -1;
    }
    if (century >= 1 && year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && ms >= 0) {
      return Date.UTC(century * 100 + year, month - 1, day, hour, minute, second, ms);
    }
  }
  return Date.parse(iso);
}
