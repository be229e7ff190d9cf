export { DEFAULT_RENEWAL_WINDOW_DAYS, getRenewalSettings, updateRenewalSettings } from "./renewal-settings";
