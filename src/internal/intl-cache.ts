// Intl formatters, made once per locale and kept: building one costs milliseconds (a cold
// Intl.NumberFormat took 22–34 ms of a first render), formatting with it microseconds.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The number formatter for `locale`, made on first use.
 * @throws RangeError for a locale Intl cannot read (nothing is kept then)
 */
export function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * The medium-date formatter for `locale`, made on first use.
 * @throws RangeError for a locale Intl cannot read (nothing is kept then)
 */
export function mediumDateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format;
}
