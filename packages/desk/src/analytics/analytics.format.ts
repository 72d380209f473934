/** Locale-aware formatting of the figures, built once per locale and time zone. */
export class AnalyticsFormat {
  private readonly integer: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly finePercent: Intl.NumberFormat;
  private readonly hour: Intl.DateTimeFormat;
  private readonly day: Intl.DateTimeFormat;
  private readonly date: Intl.DateTimeFormat;
  private readonly units = new Map<string, Intl.NumberFormat>();

  constructor(
    readonly locale: string,
    timeZone: string,
  ) {
    this.integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    this.finePercent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    // Hours are labels of a 0-23 bucket the relay already computed in the window's zone.
    this.hour = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    this.day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: safeZone(timeZone) });
    this.date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: safeZone(timeZone) });
  }

  count(value: number): string {
    return this.integer.format(value);
  }

  /** Small shares keep a decimal so 0.4 % does not read as 0 %. */
  share(value: number): string {
    return (value > 0 && value < 0.1 ? this.finePercent : this.percent).format(value);
  }

  duration(ms: number): string {
    const [unit, size] =
      ms < 60_000 ? ['second', 1_000] : ms < 3_600_000 ? ['minute', 60_000] : ms < 172_800_000 ? ['hour', 3_600_000] : ['day', 86_400_000];
    let format = this.units.get(unit);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
      this.units.set(unit, format);
    }
    return format.format(ms / size);
  }

  hourOfDay(hour: number): string {
    return this.hour.format(Date.UTC(2000, 0, 1, hour));
  }

  dayOf(instant: string): string {
    return this.day.format(new Date(instant));
  }

  range(from: string, to: string): string {
    return this.date.formatRange(new Date(from), new Date(to));
  }
}

/** A zone the browser does not know falls back to UTC rather than throwing mid-render. */
function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
