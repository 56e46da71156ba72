import { UserAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, type CSSProperties } from 'react';
import type { Person } from '../../../../electron/core/api/contract';
import { useApiQuery } from '../../shared/use-api-query';
import { PersonForm } from './PersonForm';

interface Props {
  /** The button's text ("Đăng ký người mới"…). */
  label: string;
  style?: CSSProperties;
  /** The person just saved in the register. */
  onRegistered(person: Person): void;
}

/** Registers a person on the spot, where people are picked from the register (a campaign, the staff). */
export function RegisterPersonButton({ label, style, onRegistered }: Props) {
  const [registering, setRegistering] = useState(false);
  const localities = useApiQuery('localities.list', {});
  return (
    <>
      <Button icon={<UserAddOutlined />} style={style} onClick={() => setRegistering(true)}>
        {label}
      </Button>
      {registering && (
        <PersonForm
          person={null}
          localities={(localities.data ?? []).filter((l) => !l.retiredOn)}
          onClose={(saved) => {
            setRegistering(false);
            if (saved) onRegistered(saved);
          }}
        />
      )}
    </>
  );
}
