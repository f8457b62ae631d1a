// The English catalog, one file per area so that areas can be edited independently.
// Each file holds top-level namespaces; add a new area's file here.
import auth from "./auth.json";
import common from "./common.json";
import devMail from "./dev-mail.json";
import forms from "./forms.json";
import home from "./home.json";
import mail from "./mail.json";
import panel from "./panel.json";
import studies from "./studies.json";

const messages = {
  ...common,
  ...forms,
  ...home,
  ...auth,
  ...mail,
  ...devMail,
  ...studies,
  ...panel,
};

export default messages;
