// The store reports import problems as "claims[1] (id 'x'): value.high: low must
// not exceed high". People count entries from one, so the page leads with
// "Entry 2" and keeps the index and id for finding it in the file.

export interface ImportProblem {
  /** 1-based entry number, or null for a problem with the whole file. */
  entry: number | null;
  id: string | null;
  field: string | null;
  message: string;
}

const ENTRY_ERROR = /^claims\[(\d+)\](?: \(id '(.*?)'\))?: (.+?): (.*)$/s;

export function describeImportError(error: string): ImportProblem {
  const m = ENTRY_ERROR.exec(error);
  if (!m) return { entry: null, id: null, field: null, message: error };
  const [, index, id, field, message] = m;
  return {
    entry: Number(index) + 1,
    id: id ?? null,
    field: field === '(entry)' ? null : field!,
    message: message!,
  };
}
