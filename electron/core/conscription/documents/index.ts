/**
 * The conscription documents, as pure builders: records in, a docx `Document` (pack it with
 * `packDocx`) or an .xlsx buffer out. No database access: the records service gathers the rows.
 * Each list's `…Content` is what its .docx and .xlsx share, so the two always agree.
 */
export {
  age17ListContent,
  age17ListXlsx,
  age17Table,
  buildAge17List,
  type Age17ListInput,
  type Age17Person,
} from './age17-list';
export { buildCallUpOrders, reportTimeText, type CallUpOrdersInput } from './call-up-orders';
export {
  buildCalledUpList,
  calledUpListContent,
  calledUpListXlsx,
  calledUpTable,
  type CalledUpListInput,
  type ListSigning,
} from './called-up-list';
export {
  buildDeferredList,
  buildExemptedList,
  deferredListContent,
  deferredListXlsx,
  deferredTable,
  exemptedListContent,
  exemptedListXlsx,
  exemptedTable,
  type PointListInput,
} from './deferred-exempted-lists';
export {
  buildResultReport,
  narrativeParagraphs,
  resultReportXlsx,
  standardNarrative,
  type ResultReportInput,
} from './result-report';
export { documentText, reportText } from './text';
