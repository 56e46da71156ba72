import { Input } from 'antd';
import { useState } from 'react';
import { normaliseTime } from './duty-time';

interface Props {
  id?: string;
  value?: string;
  onChange?(value: string): void;
  autoFocus?: boolean;
}

/** A time of day typed as HH:mm (7:30, 0730 and 17 are read too, on leaving the field). */
export function TimeInput({ id, value, onChange, autoFocus }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <Input
      id={id}
      value={typed ?? value ?? ''}
      placeholder="HH:mm"
      maxLength={5}
      autoFocus={autoFocus}
      style={{ width: 90 }}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange?.(normaliseTime(e.target.value) ?? e.target.value);
      }}
      onBlur={() => {
        const normal = typed === null ? null : normaliseTime(typed);
        if (normal) onChange?.(normal);
        setTyped(null);
      }}
    />
  );
}
