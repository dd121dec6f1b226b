// Month and weekday names: dates, never names ("May", "Monday").
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

const calendar = new Set([...MONTHS, ...WEEKDAYS]);
/** A month or weekday name (lower case). */
export const isCalendarWord = (w: string): boolean => calendar.has(w);
