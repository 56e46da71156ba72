import { useState, type ReactNode } from 'react';
import type { ApiInput, ApiMethodName, ApiOutput } from '../../../electron/core/api/contract';
import { SearchSelect } from './SearchSelect';
import { useApiQuery } from './use-api-query';
import { useDebounced } from './use-debounced';

interface Props<M extends ApiMethodName> {
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
  placeholder: string;
  /** What the list says before anything is typed; a typed text with no match says so by itself. */
  notFoundContent?: ReactNode;
  /** The list method the typed text searches, and its input for that text. */
  method: M;
  input(search: string): ApiInput<M>;
  /** The picker's options from the method's answer. */
  options(answer: ApiOutput<M>): { value: string; label: string }[];
}

/** A picker whose options the core finds: the text typed is sent (once typing pauses), not filtered here. */
export function RemoteSelect<M extends ApiMethodName>({ method, input, options, notFoundContent, ...props }: Props<M>) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const list = useApiQuery(method, input(search));
  return (
    <SearchSelect<string>
      {...props}
      allowClear
      emptyText={notFoundContent}
      // Until the core has answered the latest text, an empty list is not yet an empty match.
      loading={list.loading || search !== typed}
      onRemoteSearch={setTyped}
      options={list.data ? options(list.data) : []}
    />
  );
}
