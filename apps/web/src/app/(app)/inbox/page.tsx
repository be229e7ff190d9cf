import { placeholderPage } from "~/components/module-placeholder";

const page = placeholderPage("inbox");
export const metadata = page.metadata;
export default page.Page;
