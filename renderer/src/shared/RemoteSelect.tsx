import { Select } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ApiInput, ApiMethodName, ApiOutput } from '../../../electron/core/api/contract';
import { useApiQuery } from './use-api-query';
import { useDebounced } from './use-debounced';

interface Props<M extends ApiMethodName> {
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
  placeholder: string;
  notFoundContent?: ReactNode;
  /** The list method the typed text searches, and its input for that text. */
  method: M;
  input(search: string): ApiInput<M>;
  /** The picker's options from the method's answer. */
  options(answer: ApiOutput<M>): { value: string; label: string }[];
}

/** A picker whose options the core finds: the text typed is sent (once typing pauses), not filtered here. */
export function RemoteSelect<M extends ApiMethodName>({ method, input, options, ...props }: Props<M>) {
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const list = useApiQuery(method, input(search));
  return (
    <Select
      {...props}
      showSearch
      allowClear
      filterOption={false}
      loading={list.loading}
      onSearch={setTyped}
      options={list.data ? options(list.data) : []}
    />
  );
}
