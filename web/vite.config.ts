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
    // React and the part of antd the shell needs load first, in long-cached vendor chunks; antd
    // components shared by several lazy pages go to one more vendor chunk, and the rest stay with their
    // page. ECharts is only fetched by the pages that chart.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            { name: 'antd', test: ANTD, tags: ['$initial'], priority: 15 },
            { name: 'antd-pages', test: ANTD, minShareCount: 2, priority: 10 },
          ],
        },
      },
    },
  },
});
