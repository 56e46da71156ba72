// The one place antd's AutoComplete is used: its suggestions must match typed text without accents.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { AutoComplete, type AutoCompleteProps } from 'antd';
import { foldedFilter } from './folded-search';

/**
 * A text field with suggestions ("Kinh", "Trung úy", a receiving unit…): typing "trung uy" offers
 * "Trung úy". Free text is kept as typed, so an unmatched text is the value, never lost.
 */
export function SuggestInput(props: Omit<AutoCompleteProps, 'showSearch' | 'filterOption'>) {
  return <AutoComplete {...props} showSearch={{ filterOption: foldedFilter }} />;
}
