import { createMwApp } from 'vue';
export const x = createMwApp;
