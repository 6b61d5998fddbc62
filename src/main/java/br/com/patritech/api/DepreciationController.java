package br.com.patritech.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.depreciation.Adjustment;
import br.com.patritech.depreciation.AdjustmentKind;
import br.com.patritech.depreciation.AssetBookValue;
import br.com.patritech.depreciation.DepreciationAdjustments;
import br.com.patritech.depreciation.BookValues;
import br.com.patritech.depreciation.CategoryPolicy;
import br.com.patritech.depreciation.ClosingStatus;
import br.com.patritech.depreciation.DepreciationClosings;
import br.com.patritech.depreciation.DepreciationPolicies;
import br.com.patritech.depreciation.DepreciationPolicy;
import br.com.patritech.depreciation.DepreciationSchedule;
import br.com.patritech.depreciation.CategoryFiscalRate;
import br.com.patritech.depreciation.FiscalBookValue;
import br.com.patritech.depreciation.FiscalDepreciation;

/** Book value and schedule of an asset, the categories' depreciation policies, and the monthly closing (ADMIN). */
@RestController
@Tag(name = "Depreciação")
class DepreciationController {

    /** Months are "yyyy-MM" strings in the API. */
    record ScheduleMonth(String month, BigDecimal amount, BigDecimal accumulated, BigDecimal bookValue) {
        static List<ScheduleMonth> of(List<DepreciationSchedule.Month> months) {
            return months.stream().map(m -> new ScheduleMonth(m.month().toString(), m.amount(), m.accumulated(),
                    m.bookValue())).toList();
        }
    }

    record BookValue(long assetId, BigDecimal acquisitionValue, BigDecimal accumulated, BigDecimal bookValue,
                     String asOf, boolean depreciates, int usefulLifeMonths, int remainingMonths,
                     List<ScheduleMonth> past, List<ScheduleMonth> projected,
                     @Schema(description = "O cronograma fiscal (RFB IN 1700/2017); null quando a "
                             + "instalação não o calcula") FiscalSchedule fiscal) {
    }

    /** The fiscal schedule of one asset: annual rate, months at that rate, figures as of its last closed month. */
    record FiscalSchedule(BigDecimal annualRatePercent, int months, BigDecimal accumulated, BigDecimal bookValue,
                          String asOf, int remainingMonths, List<ScheduleMonth> past,
                          List<ScheduleMonth> projected) {
        static FiscalSchedule of(FiscalBookValue f) {
            return f == null ? null : new FiscalSchedule(f.annualRatePercent(), f.months(), f.accumulated(),
                    f.bookValue(), f.asOf() == null ? null : f.asOf().toString(), f.remainingMonths(),
                    ScheduleMonth.of(f.past()), ScheduleMonth.of(f.projected()));
        }
    }

    record FiscalSettingForm(Boolean enabled) {
    }

    record FiscalSetting(boolean enabled, Instant updatedAt,
                         String updatedBy) {
    }

    record FiscalRateForm(BigDecimal annualRatePercent) {
    }

    record PolicyForm(Boolean depreciates, Integer usefulLifeMonths, BigDecimal residualPercent) {
    }

    record Closing(String lastClosed, Long lastClosingId, long assetCount, BigDecimal totalAmount, String nextToClose,
                   @Schema(description = "Depreciação fiscal do último mês fechado; null se aquele "
                           + "fechamento não calculou o cronograma fiscal") BigDecimal fiscalTotalAmount) {
        static Closing of(ClosingStatus s) {
            return new Closing(s.lastClosed() == null ? null : s.lastClosed().toString(), s.lastClosingId(),
                    s.assetCount(), s.totalAmount(), s.nextToClose() == null ? null : s.nextToClose().toString(),
                    s.fiscalTotalAmount());
        }
    }

    record CloseRequest(String month) {
    }

    /** A revaluation or impairment as asked: date ("yyyy-MM-dd", in the first month not closed), new value, reason. */
    record AdjustmentForm(LocalDate date, BigDecimal newValue, String reason) {
    }

    record AdjustmentResponse(long id, long assetId, AdjustmentKind kind, LocalDate date, String month,
                              BigDecimal previousBookValue, BigDecimal newValue, String reason, Instant recordedAt,
                              String recordedBy) {
        static AdjustmentResponse of(Adjustment a) {
            return new AdjustmentResponse(a.id(), a.assetId(), a.kind(), a.date(), a.month().toString(),
                    a.previousBookValue(), a.newValue(), a.reason(), a.recordedAt(), a.recordedBy());
        }
    }

    private final BookValues bookValues;
    private final DepreciationPolicies policies;
    private final DepreciationClosings closings;
    private final DepreciationAdjustments adjustments;
    private final FiscalDepreciation fiscal;

    DepreciationController(BookValues bookValues, DepreciationPolicies policies, DepreciationClosings closings,
                           DepreciationAdjustments adjustments, FiscalDepreciation fiscal) {
        this.bookValues = bookValues;
        this.policies = policies;
        this.closings = closings;
        this.adjustments = adjustments;
        this.fiscal = fiscal;
    }

    @GetMapping("/api/v1/assets/{id}/adjustments")
    @Operation(summary = "Reavaliações e reduções ao valor recuperável de um bem",
            description = "Em ordem de registro; cada uma é a nova base da depreciação a partir do início do seu mês")
    List<AdjustmentResponse> adjustments(@PathVariable long id) {
        return adjustments.of(id).stream().map(AdjustmentResponse::of).toList();
    }

    @PostMapping("/api/v1/assets/{id}/revaluations")
    @Operation(summary = "Registrar uma reavaliação (ADMIN, ou GESTOR com ASSET_EDIT na unidade)",
            description = "date no primeiro mês ainda não fechado, newValue >= 0 com até 2 decimais, reason obrigatória; "
                    + "fica no histórico do bem (REVALUED) e não pode ser alterada")
    ResponseEntity<AdjustmentResponse> revalue(@PathVariable long id, @RequestBody AdjustmentForm form) {
        return adjust(id, AdjustmentKind.REVALUATION, form);
    }

    @PostMapping("/api/v1/assets/{id}/impairments")
    @Operation(summary = "Registrar uma redução ao valor recuperável (ADMIN, ou GESTOR com ASSET_EDIT na unidade)",
            description = "Como a reavaliação, mas newValue menor que o valor contábil atual; histórico IMPAIRED")
    ResponseEntity<AdjustmentResponse> impair(@PathVariable long id, @RequestBody AdjustmentForm form) {
        return adjust(id, AdjustmentKind.IMPAIRMENT, form);
    }

    private ResponseEntity<AdjustmentResponse> adjust(long id, AdjustmentKind kind, AdjustmentForm form) {
        Adjustment recorded = adjustments.record(id, new Adjustment.Request(kind, form.date(), form.newValue(),
                form.reason()));
        return ResponseEntity.ok(AdjustmentResponse.of(recorded)); // an action on the asset, like write-off: 200
    }

    @GetMapping("/api/v1/assets/{id}/book-value")
    @Operation(summary = "Valor contábil e cronograma de depreciação de um bem",
            description = "Depreciação acumulada e valor contábil no último mês fechado (asOf), meses fechados (past, do "
                    + "razão) e projetados (projected, pela política atual da categoria); fiscal: o mesmo pelo cronograma "
                    + "fiscal (RFB IN 1700/2017) quando a instalação o calcula, senão null")
    BookValue bookValue(@PathVariable long id) {
        AssetBookValue v = bookValues.of(id);
        return new BookValue(v.assetId(), v.acquisitionValue(), v.accumulated(), v.bookValue(),
                v.asOf() == null ? null : v.asOf().toString(), v.depreciates(), v.usefulLifeMonths(),
                v.remainingMonths(), ScheduleMonth.of(v.past()), ScheduleMonth.of(v.projected()),
                FiscalSchedule.of(v.fiscal()));
    }

    @GetMapping("/api/v1/depreciation/fiscal")
    @Operation(summary = "Se a instalação calcula também a depreciação fiscal (RFB IN 1700/2017)",
            description = "enabled = true: cada fechamento calcula também o cronograma fiscal (taxas anuais por "
                    + "categoria, sobre o custo, sem valor residual). ETag: a versão, para o PUT")
    ResponseEntity<FiscalSetting> fiscalSetting() {
        FiscalDepreciation.Setting setting = fiscal.setting();
        return ETags.ok(new FiscalSetting(setting.enabled(), setting.updatedAt(), setting.updatedBy()),
                setting.version());
    }

    @PutMapping("/api/v1/depreciation/fiscal")
    @Operation(summary = "Ligar ou desligar o cronograma fiscal (ADMIN, If-Match obrigatório)",
            description = "Vale a partir do próximo fechamento (meses fechados não mudam); fica na trilha de auditoria. "
                    + "409 enquanto um fechamento está em andamento")
    ResponseEntity<FiscalSetting> changeFiscalSetting(
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FiscalSettingForm form) {
        long version = ETags.required(ifMatch, FiscalDepreciation.Setting.class, 1);
        if (form.enabled() == null) {
            throw new DomainException("depreciation.fiscal.enabled.required", "enabled");
        }
        FiscalDepreciation.Setting setting = fiscal.change(version, form.enabled());
        return ETags.ok(new FiscalSetting(setting.enabled(), setting.updatedAt(), setting.updatedBy()),
                setting.version());
    }

    @GetMapping("/api/v1/depreciation/fiscal-rates")
    @Operation(summary = "Taxas anuais de depreciação fiscal das categorias",
            description = "% do custo ao ano (RFB IN 1700/2017, Anexo III); 0 = sem depreciação fiscal; months = meses "
                    + "até depreciar todo o custo; version 0 = nunca definida")
    List<CategoryFiscalRate> fiscalRates() {
        return fiscal.rates();
    }

    @PutMapping("/api/v1/depreciation/fiscal-rates/{id}")
    @Operation(summary = "Alterar a taxa fiscal de uma categoria (ADMIN, If-Match obrigatório)",
            description = "id é o da categoria; annualRatePercent 0, ou de 1 a 100 com até 2 decimais; vale a partir do "
                    + "primeiro mês ainda não fechado e fica no histórico e na trilha de auditoria. If-Match: o ETag da "
                    + "leitura, ou \"0\" para a primeira definição")
    ResponseEntity<CategoryFiscalRate> changeFiscalRate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FiscalRateForm form) {
        long version = ETags.required(ifMatch, CategoryFiscalRate.class, id);
        CategoryFiscalRate changed = fiscal.changeRate(id, version, form.annualRatePercent());
        return ETags.ok(changed, changed.version());
    }

    @GetMapping("/api/v1/depreciation/policies")
    @Operation(summary = "Políticas de depreciação das categorias",
            description = "Vida útil em meses, valor residual (%) e se deprecia; version 0 = nunca definida (não deprecia)")
    List<CategoryPolicy> policies() {
        return policies.all();
    }

    @PutMapping("/api/v1/depreciation/policies/{id}")
    @Operation(summary = "Alterar a política de uma categoria (ADMIN, If-Match obrigatório)",
            description = "id é o da categoria; vale a partir do primeiro mês ainda não fechado e fica no histórico. "
                    + "If-Match: o ETag da leitura, ou \"0\" para a primeira definição")
    ResponseEntity<CategoryPolicy> changePolicy(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody PolicyForm form) {
        long version = ETags.required(ifMatch, CategoryPolicy.class, id);
        if (form.depreciates() == null) {
            throw new DomainException("depreciation.policy.depreciates.required", "depreciates");
        }
        BigDecimal residual = form.residualPercent() == null && !form.depreciates() ? BigDecimal.ZERO
                : form.residualPercent();
        DepreciationPolicy policy = new DepreciationPolicy(form.depreciates(),
                form.usefulLifeMonths() == null ? 0 : form.usefulLifeMonths(), residual);
        CategoryPolicy changed = policies.change(id, version, policy);
        return ETags.ok(changed, changed.version());
    }

    @GetMapping("/api/v1/depreciation/closings")
    @Operation(summary = "Situação do fechamento mensal",
            description = "Último mês fechado (com totais) e o próximo a fechar (null enquanto não terminou)")
    Closing closingStatus() {
        return Closing.of(closings.status());
    }

    @PostMapping("/api/v1/depreciation/closings")
    @Operation(summary = "Fechar um mês (ADMIN)",
            description = "month = \"yyyy-MM\": só depois de terminado, logo após o último fechado, uma única vez (409 se "
                    + "já fechado ou se outro fechamento está em andamento)")
    ResponseEntity<Closing> close(@RequestBody CloseRequest request) {
        Closing closed = Closing.of(closings.close(month(request.month())));
        return ResponseEntity.created(URI.create("/api/v1/depreciation/closings")).body(closed);
    }

    @PostMapping("/api/v1/depreciation/closings/{id}/reopen")
    @Operation(summary = "Reabrir o último mês fechado (ADMIN)",
            description = "id é lastClosingId; os lançamentos ficam no razão (só acréscimos), mas deixam de contar")
    Closing reopen(@PathVariable long id) {
        ClosingStatus status = closings.status();
        if (status.lastClosingId() == null || status.lastClosingId() != id) {
            throw new NotFoundException("Closing", id);
        }
        return Closing.of(closings.reopen(status.lastClosed()));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException("depreciation.closing.month.invalid", "month");
        }
    }
}
