import { useCallback, useState } from 'react';
import { useApiQuery } from '../../shared/use-api-query';

/** A page of the register's people for a search typed in a picker; a new search starts at page 1. */
export function usePeopleSearch(pageSize: number) {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const people = useApiQuery('people.list', { search, page, pageSize });
  const onSearch = useCallback((text: string) => {
    setSearch(text);
    setPage(1);
  }, []);
  return { search, onSearch, page, setPage, pageSize, people };
}

export type PeopleSearch = ReturnType<typeof usePeopleSearch>;
