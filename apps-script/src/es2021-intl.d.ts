// Apps Script's V8 runtime has ES2021's Intl (ListFormat, DateTimeFormat.formatRange), which the
// shared participation and CROP sentences use; the rest of the add-on is checked against ES2020.
/// <reference lib="es2021.intl" />
