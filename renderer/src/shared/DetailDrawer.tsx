import { Alert, Drawer, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { QueryState } from './use-api-query';

interface Props<T> {
  /** The record the drawer shows, as read from the core. */
  query: QueryState<T>;
  title: ReactNode;
  size: number;
  /** The record's actions, top right. */
  extra?: ReactNode;
  /** An action's refusal, above the record. */
  error?: string | null;
  onClose(): void;
  /** The record, once read. */
  children(record: T): ReactNode;
}

/** One record's details in a side drawer: a spinner while it is read, the read's or an action's error, then the record. */
export function DetailDrawer<T>({ query, title, size, extra, error, onClose, children }: Props<T>) {
  return (
    <Drawer open size={size} title={title} onClose={onClose} destroyOnHidden extra={extra}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {query.data === undefined ? !query.error && <Spin /> : children(query.data)}
    </Drawer>
  );
}
