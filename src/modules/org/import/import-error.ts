/** One problem in an import file. row: 1-based line in the file (the header is line 1). */
export interface ImportError {
  row: number;
  /** The column's header as written in the file, or null for whole-row and whole-file problems. */
  column: string | null;
  code: ImportErrorCode;
  /** English description; the console shows its own translation of the code, with column and value. */
  message: string;
  /** The offending cell's content, where there is one. */
  value?: string;
}

export type ImportErrorCode =
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
  | 'unknown_rank'
  | 'unknown_department'
  | 'unknown_manager'
  | 'unknown_cost_centre'
  | 'unknown_project'
  | 'cycle';
