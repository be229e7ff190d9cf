import { placeholderPage } from "~/components/module-placeholder";

const page = placeholderPage("analytics");
export const metadata = page.metadata;
export default page.Page;
