import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/api';
import { meKey } from './api/auth';
import { I18nProvider } from './i18n/i18n-provider';
import { createRouter } from './routes';
import './styles.css';

function onApiError(error: unknown, key?: readonly unknown[]): void {
  // A 401 anywhere means the session is gone: forget the user and let the console redirect to /login.
  if (error instanceof ApiError && error.status === 401 && key?.[0] !== 'me') {
    queryClient.setQueryData(meKey, null);
  }
  // An administrator reset the password meanwhile: nothing else answers until it is changed.
  if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED' && window.location.pathname !== '/change-password') {
    void queryClient.invalidateQueries({ queryKey: meKey });
    void router.navigate(`/change-password?from=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onApiError(error, query.queryKey) }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (mutation.options.mutationKey?.[0] !== 'login') onApiError(error);
    },
  }),
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

const router = createRouter();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
