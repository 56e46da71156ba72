/**
 * One size limit for everything a user uploads (an Excel workbook to import, a Word template),
 * shared by the API's schemas and browser mode's HTTP server so the two can never disagree:
 * a file the schema would take always fits in a request, and a request the server refuses is
 * answered with the same Vietnamese sentence.
 */
export const MAX_UPLOAD_MB = 25;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** The file as base64 text, the way it travels inside a JSON call. */
export const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;
/** A whole API request: one uploaded file plus room for the call's other fields. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BASE64 + 1024 * 1024;
