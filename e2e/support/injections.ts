/** SQL and tsquery injection strings, sent through every parameter by the injection specs. */
export const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE article; --",
  '"; DROP TABLE raw_file; --',
  "1' UNION SELECT password_hash, null FROM admin_user --",
  "') OR ('a'='a",
  '1; SELECT pg_sleep(5)',
  "\\'; TRUNCATE audit_entry; --",
  "& | ! ( ) :* <-> '",
  'a\u0000b',
  '$1',
] as const;
