import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Preact through its Vite plugin: WXT has no first-party Preact module.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // A separate out dir lets parallel builds (tests, demo) not clobber each other.
  outDir: process.env.CROSSCOUNT_OUT_DIR ?? '.output',
  // MV3 for Firefox too (Firefox 140 supports it): one manifest shape for both
  // browsers, and the `_execute_action` command is MV3-only.
  manifestVersion: 3,
  zip: {
    // WXT already leaves out node_modules, dot-folders (.output*, .wxt, .git) and
    // test files; these are local run outputs that are not sources either.
    excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**', '**/*.log'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Crosscount',
    description:
      'Puts war casualty and recruitment figures in context while you read the news. Everything stays in your browser.',
    // activeTab only: the popup reads the active tab's URL (its host, for the site switch)
    // when the person opens it. Data lives in IndexedDB, which needs no 'storage'
    // permission; see docs/PERMISSIONS.md.
    permissions: ['activeTab'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open Crosscount',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscount@crosscount.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
