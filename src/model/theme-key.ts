/** Where the theme choice is kept in localStorage: read by the app and by the first-paint script. */
export const THEME_STORAGE_KEY = 'jupyter-atlas:theme';
