import { Alert, Flex } from 'antd';
import { useApiQuery } from '../../shared/use-api-query';

/**
 * Before a person is added to a unit: Art. 11's refusal if a deferral holds on the start date or
 * an exemption stands (the core words it, naming the decision), and Art. 10's reminder of the
 * selection standards the program does not hold. Saving still goes through the core's own check.
 */
export function AdmissionNotice({ personId, startedOn }: { personId: string; startedOn: string }) {
  const check = useApiQuery('militia.member.admissionCheck', { personId, startedOn });
  if (!check.data) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {check.data.refusal && <Alert type="error" showIcon title={check.data.refusal} />}
      {check.data.warnings.map((w) => (
        <Alert key={w.code} type="warning" showIcon title={w.message} />
      ))}
    </Flex>
  );
}
