/** Văn bản: the exercise plan and result report, the training result report, the month's duty roster. */
export function DrillsDocuments() {
  return null;
}
