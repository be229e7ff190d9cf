export { authorizeChannel, type AuthorizeChannelInput } from "./authorize-channel";
