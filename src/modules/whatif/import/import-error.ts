/** One problem in a past-bookings file; row is the 1-based line in the file (the header is line 1). */
export interface BookingImportError {
  row: number;
  /** The column's header as written, or null for whole-row and whole-file problems. */
  column: string | null;
  code: BookingImportErrorCode;
  /** English description; the console shows its own translation of the code. */
  message: string;
  value?: string;
}

export type BookingImportErrorCode =
  | 'empty'
  | 'too_many_rows'
  | 'malformed'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'extra_cells'
  | 'required'
  | 'invalid'
  | 'too_long'
  | 'duplicate_in_file'
  | 'duplicate'
  | 'unknown_employee'
  | 'unknown_rank'
  | 'unknown_department'
  | 'unknown_city';
