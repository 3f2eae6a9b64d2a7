import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user inside the console (the console layout guarantees there is one). */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser() used outside the console layout');
  return me;
}
