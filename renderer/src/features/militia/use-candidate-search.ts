import { useCallback, useState } from 'react';
import { useApiQuery } from '../../shared/use-api-query';
import type { PeopleSearch } from '../people/use-people-search';

/**
 * The register searched for a unit taking a member (militia.member.candidates): the residents of
 * the unit's locality of the age to serve on `startedOn` come first, each row saying whether it fits.
 * The same shape as usePeopleSearch, so PeoplePicker shows it.
 */
export function useCandidateSearch(unitId: string, startedOn: string | undefined, pageSize: number) {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const people = useApiQuery('militia.member.candidates', { unitId, search, page, pageSize, startedOn });
  const onSearch = useCallback((text: string) => {
    setSearch(text);
    setPage(1);
  }, []);
  return { search, onSearch, page, setPage, pageSize, people } satisfies PeopleSearch;
}
