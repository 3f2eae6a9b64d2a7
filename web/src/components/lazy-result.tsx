import { type ComponentProps, Suspense, lazy } from 'react';

/**
 * antd's Result, fetched when first shown: with its 403/404/500 illustrations it is one of the
 * larger components, and the pages that load first only need it when something goes wrong.
 */
const AntResult = lazy(() => import('antd/es/result'));

export function Result(props: ComponentProps<typeof AntResult>) {
  return (
    <Suspense
      fallback={
        <div className="yz-state" role="status">
          {props.title}
        </div>
      }
    >
      <AntResult {...props} />
    </Suspense>
  );
}
