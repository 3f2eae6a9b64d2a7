import { App, Button, Space } from 'antd';
import { type JobKind, useStartJob } from '../../../../api/jobs';
import { useT } from '../../../../i18n/use-t';
import { errorMessage } from '../../../../lib/form-errors';

/** The kinds the signed-in person may start (the server decides which), one button each. */
export function StartJobs({ kinds, onStarted }: { kinds: JobKind[]; onStarted: (id: number) => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const start = useStartJob();
  return (
    <Space wrap>
      {kinds.map((kind) => (
        <Button
          key={kind.kind}
          type="primary"
          loading={start.isPending && start.variables?.kind === kind.kind}
          data-testid={`start-job-${kind.kind}`}
          onClick={() =>
            start.mutate(
              { kind: kind.kind, input: {} },
              { onSuccess: ({ job }) => onStarted(job.id), onError: (error) => void message.error(errorMessage(error)) },
            )
          }
        >
          {t('jobs.start', { kind: kind.label })}
        </Button>
      ))}
    </Space>
  );
}
