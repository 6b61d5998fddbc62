package br.com.patritech.twofactor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.security.AppUser;
import br.com.patritech.security.SecondFactorPolicy;

/** Tells the login what a user owes after the password: a code if enrolled, enrolment if required, else nothing. */
@Component
class TwoFactorRequirement implements SecondFactorPolicy {

    private final TotpCredentialRepository credentials;
    private final TwoFactorSettingRepository settings;

    TwoFactorRequirement(TotpCredentialRepository credentials, TwoFactorSettingRepository settings) {
        this.credentials = credentials;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public SecondStep after(AppUser passwordChecked) {
        if (credentials.existsById(passwordChecked.id())) {
            return SecondStep.CODE;
        }
        return requiredFor().includes(passwordChecked) ? SecondStep.ENROL : SecondStep.NONE;
    }

    @Transactional(readOnly = true)
    RequiredFor requiredFor() {
        return settings.findById(TwoFactorSetting.ONLY_ROW).map(TwoFactorSetting::requiredFor).orElse(RequiredFor.NOBODY);
    }

    @Transactional
    void change(RequiredFor requiredFor) {
        settings.findById(TwoFactorSetting.ONLY_ROW).orElseThrow().require(requiredFor);
    }
}
