// Prisma's `contains`, `startsWith` and `endsWith` become LIKE/ILIKE patterns without escaping the
// pattern's own characters: `%` and `_` in a user's text would match anything. Every such filter
// passes the user's text through `literal` first, so it matches as typed.

/** `text` as a LIKE pattern matching exactly itself (PostgreSQL's default escape character, `\`). */
export const literal = (text: string): string => text.replace(/[\\%_]/g, "\\$&");
