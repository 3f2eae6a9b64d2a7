import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|dayjs|rc-[a-z-]+|clsx|stylis|@emotion)[\\/]/;
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('../src/shared', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // React and the part of antd the shell needs load first, in long-cached vendor chunks; the rest of
    // antd is split with the pages that use it (one shared chunk of every component two pages use made
    // the portal home load Table, DatePicker, Form … it never shows). ECharts is only fetched when a
    // chart comes into view (components/echart.tsx).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            { name: 'antd', test: ANTD, tags: ['$initial'], priority: 15 },
          ],
        },
      },
    },
  },
});
