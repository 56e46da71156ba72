/** One page of a list as the API returns it: its rows, how many match in all, and which page it is. */
export interface ListPage<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  /** The record a list was asked to show (`focusId`) is left out by its filters: the page asked for is shown. */
  focusOutside?: true;
}
