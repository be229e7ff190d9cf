import { placeholderPage } from "~/components/module-placeholder";

const page = placeholderPage("copilot");
export const metadata = page.metadata;
export default page.Page;
