/**
 * Stands in for the `use-sync-external-store` shim that wouter imports (vite.config.ts aliases it here): React 19
 * has the hook built in, so the shim's copy for React 17 is 0.8 KB of first-load JavaScript for nothing.
 */
export { useSyncExternalStore } from 'react';
