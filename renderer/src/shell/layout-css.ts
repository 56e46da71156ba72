/**
 * The few rules antd's props cannot set, for every screen at once. Office laptops are 1366×768,
 * often at 125 % (1093×614 CSS px): a header that wraps ("Ngày / sinh") doubles a row's height, and a
 * table wider than the window must scroll inside itself, never the whole page. A record just saved
 * (PagedTable's `highlightId`) stands out, then keeps a light tint while the list shows it.
 */
export const LAYOUT_CSS = `
main .ant-table-thead > tr > th { white-space: nowrap; }
main .qsdp-list .ant-table-tbody > tr > td { white-space: nowrap; }
main .ant-table-content { overflow-x: auto; }
main .qsdp-list .ant-table-tbody .ant-btn:not(.ant-btn-link) { height: 24px; padding-block: 0; }
main .qsdp-list .ant-table-tbody .ant-btn-link { height: auto; padding-block: 0; }
main .ant-tabs { min-width: 0; }
@keyframes qsdp-saved-row { from { background: #ffe58f; } to { background: #fffbe6; } }
main .qsdp-saved-row > td { animation: qsdp-saved-row 4s ease-out forwards; }
`;
