/** The language a visitor reads PIMS in: Korean or English, first from the browser, then from their choice. */
package dev.pims.web.i18n;
